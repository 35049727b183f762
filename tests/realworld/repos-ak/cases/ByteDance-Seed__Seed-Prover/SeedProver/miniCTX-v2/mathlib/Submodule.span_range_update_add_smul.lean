stub: upstream file of 26335 bytes
