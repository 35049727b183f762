stub: upstream file of 5465 bytes
