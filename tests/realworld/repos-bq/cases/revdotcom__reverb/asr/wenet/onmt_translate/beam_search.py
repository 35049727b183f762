stub: upstream file of 35040 bytes
