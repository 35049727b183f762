stub: upstream file of 10522 bytes
