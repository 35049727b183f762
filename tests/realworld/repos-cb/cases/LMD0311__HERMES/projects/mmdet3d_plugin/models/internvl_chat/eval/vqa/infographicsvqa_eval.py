stub: upstream file of 10407 bytes
