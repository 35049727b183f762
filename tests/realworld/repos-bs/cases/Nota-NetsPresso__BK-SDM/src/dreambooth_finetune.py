stub: upstream file of 46815 bytes
