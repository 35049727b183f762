stub: upstream file of 18243 bytes
