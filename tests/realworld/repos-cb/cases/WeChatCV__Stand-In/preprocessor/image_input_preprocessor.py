stub: upstream file of 6243 bytes
