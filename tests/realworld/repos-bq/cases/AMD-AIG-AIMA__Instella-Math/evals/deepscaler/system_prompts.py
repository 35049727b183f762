stub: upstream file of 42465 bytes
