stub: upstream file of 59351 bytes
