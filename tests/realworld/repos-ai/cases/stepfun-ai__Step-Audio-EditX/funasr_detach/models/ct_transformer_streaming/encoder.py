stub: upstream file of 15057 bytes
