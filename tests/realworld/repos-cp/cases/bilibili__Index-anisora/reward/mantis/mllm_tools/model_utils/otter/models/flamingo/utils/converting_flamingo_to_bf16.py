stub: upstream file of 1290 bytes
