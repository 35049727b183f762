stub: upstream file of 8603 bytes
