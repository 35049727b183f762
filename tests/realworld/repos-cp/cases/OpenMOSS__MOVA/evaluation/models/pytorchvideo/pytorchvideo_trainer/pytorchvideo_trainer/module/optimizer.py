stub: upstream file of 8534 bytes
