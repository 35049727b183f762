stub: upstream file of 9007 bytes
