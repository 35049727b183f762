stub: upstream file of 25639 bytes
