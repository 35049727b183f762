stub: upstream file of 3319 bytes
