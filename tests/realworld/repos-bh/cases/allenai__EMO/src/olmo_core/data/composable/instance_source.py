stub: upstream file of 15933 bytes
