stub: upstream file of 17339 bytes
