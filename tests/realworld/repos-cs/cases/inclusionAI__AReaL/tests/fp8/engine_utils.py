stub: upstream file of 16166 bytes
