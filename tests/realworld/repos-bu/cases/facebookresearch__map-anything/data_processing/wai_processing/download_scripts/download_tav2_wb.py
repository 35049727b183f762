stub: upstream file of 11148 bytes
