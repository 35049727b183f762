stub: upstream file of 18018 bytes
