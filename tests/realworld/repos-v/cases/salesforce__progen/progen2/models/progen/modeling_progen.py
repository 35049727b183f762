stub: upstream file of 27322 bytes
