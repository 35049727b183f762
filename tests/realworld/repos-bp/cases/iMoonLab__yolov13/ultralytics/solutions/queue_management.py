stub: upstream file of 4959 bytes
