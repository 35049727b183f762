stub: upstream file of 27910 bytes
