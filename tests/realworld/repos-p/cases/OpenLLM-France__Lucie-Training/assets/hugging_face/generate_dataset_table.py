stub: upstream file of 40093 bytes
