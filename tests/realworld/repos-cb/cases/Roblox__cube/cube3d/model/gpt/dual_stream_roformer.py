stub: upstream file of 10560 bytes
