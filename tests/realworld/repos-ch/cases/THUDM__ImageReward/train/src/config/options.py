stub: upstream file of 3324 bytes
