stub: upstream file of 70445 bytes
