stub: upstream file of 12483 bytes
