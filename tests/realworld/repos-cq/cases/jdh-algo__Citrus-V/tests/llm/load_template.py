stub: upstream file of 5283 bytes
