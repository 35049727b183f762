stub: upstream file of 14353 bytes
