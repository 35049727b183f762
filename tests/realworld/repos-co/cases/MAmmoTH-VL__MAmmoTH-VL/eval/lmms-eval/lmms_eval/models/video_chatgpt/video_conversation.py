stub: upstream file of 5129 bytes
