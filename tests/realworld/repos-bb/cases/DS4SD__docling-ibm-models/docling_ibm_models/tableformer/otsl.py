stub: upstream file of 21391 bytes
