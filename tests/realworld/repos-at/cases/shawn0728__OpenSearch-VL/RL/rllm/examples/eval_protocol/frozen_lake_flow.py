stub: upstream file of 8472 bytes
