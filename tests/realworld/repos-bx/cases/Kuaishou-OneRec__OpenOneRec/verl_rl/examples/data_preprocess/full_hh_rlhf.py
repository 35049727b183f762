stub: upstream file of 4860 bytes
