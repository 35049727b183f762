stub: upstream file of 5982 bytes
