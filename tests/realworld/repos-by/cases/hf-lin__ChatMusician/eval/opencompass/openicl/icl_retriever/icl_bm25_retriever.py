stub: upstream file of 3221 bytes
