stub: upstream file of 22325 bytes
