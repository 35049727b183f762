stub: upstream file of 31202 bytes
