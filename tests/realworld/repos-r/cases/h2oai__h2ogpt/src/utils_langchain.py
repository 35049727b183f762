stub: upstream file of 38409 bytes
