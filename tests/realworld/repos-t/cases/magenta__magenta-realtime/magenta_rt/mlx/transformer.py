stub: upstream file of 41061 bytes
