stub: upstream file of 5639 bytes
