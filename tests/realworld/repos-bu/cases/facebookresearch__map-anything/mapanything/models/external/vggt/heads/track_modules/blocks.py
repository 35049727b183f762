stub: upstream file of 10649 bytes
