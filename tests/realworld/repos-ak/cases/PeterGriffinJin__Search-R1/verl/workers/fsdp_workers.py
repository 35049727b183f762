stub: upstream file of 54106 bytes
