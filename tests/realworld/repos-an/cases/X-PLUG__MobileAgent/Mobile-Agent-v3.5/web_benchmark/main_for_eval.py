stub: upstream file of 13860 bytes
