stub: upstream file of 14331 bytes
