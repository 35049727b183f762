stub: upstream file of 4965 bytes
