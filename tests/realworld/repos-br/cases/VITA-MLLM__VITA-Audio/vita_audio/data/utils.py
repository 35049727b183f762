stub: upstream file of 7234 bytes
