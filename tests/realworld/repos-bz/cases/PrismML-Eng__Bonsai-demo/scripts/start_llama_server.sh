stub: upstream file of 6862 bytes
