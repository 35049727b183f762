stub: upstream file of 24992 bytes
