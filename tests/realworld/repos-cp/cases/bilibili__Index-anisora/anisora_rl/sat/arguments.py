stub: upstream file of 12095 bytes
