stub: upstream file of 790327 bytes
