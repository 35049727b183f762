stub: upstream file of 12657 bytes
