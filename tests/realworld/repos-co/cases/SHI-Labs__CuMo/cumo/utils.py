stub: upstream file of 4847 bytes
