stub: upstream file of 5351 bytes
