stub: upstream file of 12265 bytes
