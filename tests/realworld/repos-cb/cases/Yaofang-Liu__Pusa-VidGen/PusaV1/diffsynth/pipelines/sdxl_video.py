stub: upstream file of 10534 bytes
