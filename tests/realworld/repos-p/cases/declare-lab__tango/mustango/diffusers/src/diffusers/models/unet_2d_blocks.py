stub: upstream file of 124463 bytes
