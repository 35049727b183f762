stub: upstream file of 26854 bytes
