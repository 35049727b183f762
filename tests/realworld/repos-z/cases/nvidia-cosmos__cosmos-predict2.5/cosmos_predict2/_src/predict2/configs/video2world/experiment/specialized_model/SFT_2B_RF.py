stub: upstream file of 34221 bytes
