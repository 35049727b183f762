stub: upstream file of 25161 bytes
