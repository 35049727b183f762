stub: upstream file of 32029 bytes
