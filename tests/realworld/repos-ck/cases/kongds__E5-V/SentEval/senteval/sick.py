stub: upstream file of 9243 bytes
