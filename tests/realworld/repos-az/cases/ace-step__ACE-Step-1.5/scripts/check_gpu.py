stub: upstream file of 10573 bytes
