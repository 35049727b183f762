stub: upstream file of 5342 bytes
