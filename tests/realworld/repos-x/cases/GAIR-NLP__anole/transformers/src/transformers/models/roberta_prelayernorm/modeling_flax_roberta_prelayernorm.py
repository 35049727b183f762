stub: upstream file of 60537 bytes
