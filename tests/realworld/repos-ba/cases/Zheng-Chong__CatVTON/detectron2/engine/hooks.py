stub: upstream file of 25505 bytes
