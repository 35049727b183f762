stub: upstream file of 3445 bytes
