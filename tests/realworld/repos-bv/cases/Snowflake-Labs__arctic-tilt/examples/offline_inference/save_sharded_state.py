stub: upstream file of 3082 bytes
