stub: upstream file of 31166 bytes
