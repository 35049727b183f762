stub: upstream file of 363891 bytes
