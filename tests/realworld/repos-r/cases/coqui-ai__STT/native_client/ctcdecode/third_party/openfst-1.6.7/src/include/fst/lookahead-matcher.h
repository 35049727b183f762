stub: upstream file of 28489 bytes
