stub: upstream file of 71349 bytes
