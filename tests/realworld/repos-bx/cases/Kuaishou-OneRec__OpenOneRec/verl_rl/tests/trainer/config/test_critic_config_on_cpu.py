stub: upstream file of 6559 bytes
