stub: upstream file of 2225 bytes
