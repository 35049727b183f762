stub: upstream file of 11815 bytes
