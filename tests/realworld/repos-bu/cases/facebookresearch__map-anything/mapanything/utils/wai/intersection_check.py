stub: upstream file of 16121 bytes
