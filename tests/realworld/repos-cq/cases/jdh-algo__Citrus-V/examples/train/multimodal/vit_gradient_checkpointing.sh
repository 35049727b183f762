stub: upstream file of 1062 bytes
