stub: upstream file of 17062 bytes
