stub: upstream file of 8714 bytes
