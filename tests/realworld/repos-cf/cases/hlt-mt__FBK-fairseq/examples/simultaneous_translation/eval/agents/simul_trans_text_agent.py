stub: upstream file of 2670 bytes
