stub: upstream file of 4985 bytes
