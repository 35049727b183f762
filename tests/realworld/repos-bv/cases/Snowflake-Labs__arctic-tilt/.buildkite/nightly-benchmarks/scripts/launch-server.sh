stub: upstream file of 7465 bytes
