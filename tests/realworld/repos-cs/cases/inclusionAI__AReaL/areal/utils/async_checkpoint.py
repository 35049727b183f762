stub: upstream file of 7409 bytes
