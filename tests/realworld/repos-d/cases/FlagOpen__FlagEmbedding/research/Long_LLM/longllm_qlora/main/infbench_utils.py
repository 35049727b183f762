stub: upstream file of 28349 bytes
