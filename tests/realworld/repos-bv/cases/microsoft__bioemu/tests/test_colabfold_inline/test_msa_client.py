stub: upstream file of 10965 bytes
