stub: upstream file of 7906 bytes
