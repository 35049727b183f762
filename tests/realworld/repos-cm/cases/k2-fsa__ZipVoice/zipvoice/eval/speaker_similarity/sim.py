stub: upstream file of 8102 bytes
