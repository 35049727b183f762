stub: upstream file of 11577 bytes
