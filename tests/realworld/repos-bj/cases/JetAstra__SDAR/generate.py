stub: upstream file of 13639 bytes
