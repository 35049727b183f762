stub: upstream file of 18985 bytes
