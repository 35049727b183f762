stub: upstream file of 30573 bytes
