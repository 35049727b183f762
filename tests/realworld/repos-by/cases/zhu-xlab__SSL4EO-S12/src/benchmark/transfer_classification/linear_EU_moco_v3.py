stub: upstream file of 14225 bytes
