stub: upstream file of 29572 bytes
