stub: upstream file of 9914 bytes
