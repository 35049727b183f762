stub: upstream file of 14322 bytes
