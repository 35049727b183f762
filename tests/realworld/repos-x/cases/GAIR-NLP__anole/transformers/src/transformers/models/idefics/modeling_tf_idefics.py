stub: upstream file of 80221 bytes
