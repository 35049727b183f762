stub: upstream file of 52862 bytes
