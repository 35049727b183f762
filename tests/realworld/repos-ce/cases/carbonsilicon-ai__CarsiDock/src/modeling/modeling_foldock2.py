stub: upstream file of 28304 bytes
