stub: upstream file of 13621 bytes
