stub: upstream file of 4654 bytes
