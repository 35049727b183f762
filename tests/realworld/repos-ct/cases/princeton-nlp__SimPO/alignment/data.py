stub: upstream file of 11590 bytes
