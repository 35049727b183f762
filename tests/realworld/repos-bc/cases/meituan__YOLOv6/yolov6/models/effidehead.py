stub: upstream file of 10005 bytes
