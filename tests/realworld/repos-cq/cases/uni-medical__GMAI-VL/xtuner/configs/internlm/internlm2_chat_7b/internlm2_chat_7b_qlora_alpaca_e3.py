stub: upstream file of 7325 bytes
