stub: upstream file of 38493 bytes
