stub: upstream file of 4445 bytes
