stub: upstream file of 21076 bytes
