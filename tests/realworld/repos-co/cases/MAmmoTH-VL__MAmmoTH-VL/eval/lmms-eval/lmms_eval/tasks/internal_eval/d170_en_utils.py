stub: upstream file of 5331 bytes
