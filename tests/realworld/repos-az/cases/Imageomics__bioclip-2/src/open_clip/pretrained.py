stub: upstream file of 32720 bytes
