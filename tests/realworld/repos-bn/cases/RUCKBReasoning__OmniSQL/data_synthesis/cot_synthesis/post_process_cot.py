stub: upstream file of 5531 bytes
