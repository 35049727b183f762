stub: upstream file of 6179 bytes
