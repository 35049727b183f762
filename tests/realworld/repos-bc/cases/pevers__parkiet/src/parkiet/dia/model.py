stub: upstream file of 34517 bytes
