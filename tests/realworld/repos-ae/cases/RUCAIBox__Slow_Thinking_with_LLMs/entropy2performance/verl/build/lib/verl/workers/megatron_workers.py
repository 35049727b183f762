stub: upstream file of 41320 bytes
