stub: upstream file of 12985 bytes
