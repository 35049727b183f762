stub: upstream file of 3288 bytes
