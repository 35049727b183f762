stub: upstream file of 4166 bytes
