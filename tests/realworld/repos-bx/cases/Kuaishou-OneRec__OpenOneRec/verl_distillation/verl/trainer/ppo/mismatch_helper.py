stub: upstream file of 25429 bytes
