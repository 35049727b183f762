stub: upstream file of 18465 bytes
