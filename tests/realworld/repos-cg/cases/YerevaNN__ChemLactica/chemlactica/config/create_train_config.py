stub: upstream file of 1655 bytes
