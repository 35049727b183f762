stub: upstream file of 6474 bytes
