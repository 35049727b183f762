stub: upstream file of 25601 bytes
