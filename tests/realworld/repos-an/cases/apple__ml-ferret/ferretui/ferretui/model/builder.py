stub: upstream file of 8886 bytes
