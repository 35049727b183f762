stub: upstream file of 7707 bytes
