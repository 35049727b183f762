stub: upstream file of 8421 bytes
