stub: upstream file of 21639 bytes
