stub: upstream file of 20750 bytes
