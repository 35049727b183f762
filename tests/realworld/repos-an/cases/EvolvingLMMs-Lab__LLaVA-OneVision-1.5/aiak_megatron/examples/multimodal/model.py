stub: upstream file of 12525 bytes
