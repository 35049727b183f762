stub: upstream file of 19035 bytes
