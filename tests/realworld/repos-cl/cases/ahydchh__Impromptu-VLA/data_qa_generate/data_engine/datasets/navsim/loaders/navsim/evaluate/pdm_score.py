stub: upstream file of 5916 bytes
