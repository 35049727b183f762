stub: upstream file of 40465 bytes
