stub: upstream file of 61359 bytes
