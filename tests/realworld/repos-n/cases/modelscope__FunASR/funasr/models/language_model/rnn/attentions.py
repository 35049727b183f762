stub: upstream file of 69537 bytes
