stub: upstream file of 11709 bytes
