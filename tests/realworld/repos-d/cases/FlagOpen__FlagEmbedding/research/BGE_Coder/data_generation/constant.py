stub: upstream file of 71291 bytes
