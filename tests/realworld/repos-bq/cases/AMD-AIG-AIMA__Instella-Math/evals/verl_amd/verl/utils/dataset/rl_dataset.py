stub: upstream file of 9465 bytes
