stub: upstream file of 17405 bytes
