stub: upstream file of 1188 bytes
