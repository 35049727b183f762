stub: upstream file of 32351 bytes
