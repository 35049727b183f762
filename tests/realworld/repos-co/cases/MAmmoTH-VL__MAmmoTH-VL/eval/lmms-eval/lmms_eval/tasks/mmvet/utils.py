stub: upstream file of 9522 bytes
