stub: upstream file of 29445 bytes
