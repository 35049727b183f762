stub: upstream file of 6959 bytes
