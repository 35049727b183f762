stub: upstream file of 1426 bytes
