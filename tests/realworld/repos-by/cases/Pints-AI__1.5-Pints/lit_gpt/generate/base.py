stub: upstream file of 6174 bytes
