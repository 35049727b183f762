stub: upstream file of 34328 bytes
