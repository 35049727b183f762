stub: upstream file of 16670 bytes
