stub: upstream file of 35039 bytes
