stub: upstream file of 6430 bytes
