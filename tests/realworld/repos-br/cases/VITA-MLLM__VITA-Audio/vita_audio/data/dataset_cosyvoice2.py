stub: upstream file of 16937 bytes
