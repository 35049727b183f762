stub: upstream file of 18120 bytes
