stub: upstream file of 654 bytes
