stub: upstream file of 14958 bytes
