stub: upstream file of 41621 bytes
