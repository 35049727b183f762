stub: upstream file of 11850 bytes
