stub: upstream file of 10101 bytes
