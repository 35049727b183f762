stub: upstream file of 10062 bytes
