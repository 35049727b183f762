stub: upstream file of 6445 bytes
