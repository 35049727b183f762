stub: upstream file of 8201 bytes
