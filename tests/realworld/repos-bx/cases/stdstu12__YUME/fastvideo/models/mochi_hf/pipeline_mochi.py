stub: upstream file of 38343 bytes
