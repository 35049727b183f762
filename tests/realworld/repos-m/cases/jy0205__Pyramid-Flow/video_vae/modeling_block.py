stub: upstream file of 29221 bytes
