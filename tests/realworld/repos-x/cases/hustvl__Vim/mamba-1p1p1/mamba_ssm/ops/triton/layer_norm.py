stub: upstream file of 35959 bytes
