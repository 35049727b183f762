stub: upstream file of 10580 bytes
