stub: upstream file of 24175 bytes
