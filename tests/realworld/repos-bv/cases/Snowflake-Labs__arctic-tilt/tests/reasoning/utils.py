stub: upstream file of 3364 bytes
