stub: upstream file of 221 bytes
