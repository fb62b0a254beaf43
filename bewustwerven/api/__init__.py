"""The API of the BewustWerven server, shared by the server and its client: which service
methods cross the wire (``catalogue``) and how errors do (``wire``)."""
