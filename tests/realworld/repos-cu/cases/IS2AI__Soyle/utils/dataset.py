stub: upstream file of 6238 bytes
