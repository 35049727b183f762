stub: upstream file of 16099 bytes
