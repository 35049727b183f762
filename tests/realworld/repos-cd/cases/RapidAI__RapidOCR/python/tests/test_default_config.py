stub: upstream file of 10349 bytes
