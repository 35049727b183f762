stub: upstream file of 30252 bytes
