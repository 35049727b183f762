stub: upstream file of 9654 bytes
