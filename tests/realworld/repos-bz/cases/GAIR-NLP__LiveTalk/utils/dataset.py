stub: upstream file of 33062 bytes
