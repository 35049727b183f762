stub: upstream file of 12639 bytes
