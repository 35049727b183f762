stub: upstream file of 6206 bytes
