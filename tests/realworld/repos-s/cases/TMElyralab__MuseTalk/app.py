stub: upstream file of 21534 bytes
