stub: upstream file of 11700 bytes
