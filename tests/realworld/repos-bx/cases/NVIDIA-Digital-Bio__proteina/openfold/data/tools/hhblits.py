stub: upstream file of 6255 bytes
