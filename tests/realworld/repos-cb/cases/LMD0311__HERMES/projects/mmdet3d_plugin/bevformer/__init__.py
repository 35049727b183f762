stub: upstream file of 166 bytes
