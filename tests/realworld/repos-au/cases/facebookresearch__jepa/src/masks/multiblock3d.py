stub: upstream file of 7259 bytes
