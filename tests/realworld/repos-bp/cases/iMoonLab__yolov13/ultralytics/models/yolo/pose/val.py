stub: upstream file of 12410 bytes
