stub: upstream file of 8053 bytes
