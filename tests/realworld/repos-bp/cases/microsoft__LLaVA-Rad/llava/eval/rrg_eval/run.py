stub: upstream file of 10735 bytes
