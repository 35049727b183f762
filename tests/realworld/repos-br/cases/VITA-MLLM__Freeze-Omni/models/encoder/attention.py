stub: upstream file of 19465 bytes
