stub: upstream file of 40646 bytes
