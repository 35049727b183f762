stub: upstream file of 16534 bytes
