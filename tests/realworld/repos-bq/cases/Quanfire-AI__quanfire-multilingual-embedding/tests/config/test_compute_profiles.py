stub: upstream file of 11062 bytes
