stub: upstream file of 24304 bytes
