stub: upstream file of 14145 bytes
