stub: upstream file of 12145 bytes
