stub: upstream file of 24910 bytes
