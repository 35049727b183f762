stub: upstream file of 7070 bytes
