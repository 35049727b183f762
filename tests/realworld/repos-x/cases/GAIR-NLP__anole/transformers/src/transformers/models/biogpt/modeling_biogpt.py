stub: upstream file of 41610 bytes
