stub: upstream file of 27331 bytes
