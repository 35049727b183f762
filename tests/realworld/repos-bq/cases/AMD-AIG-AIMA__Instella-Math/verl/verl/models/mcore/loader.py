stub: upstream file of 21253 bytes
