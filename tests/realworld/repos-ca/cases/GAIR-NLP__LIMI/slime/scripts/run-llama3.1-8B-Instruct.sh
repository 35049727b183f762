stub: upstream file of 3537 bytes
