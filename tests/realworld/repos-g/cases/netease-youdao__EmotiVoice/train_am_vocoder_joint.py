stub: upstream file of 19615 bytes
