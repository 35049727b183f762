stub: upstream file of 58304 bytes
