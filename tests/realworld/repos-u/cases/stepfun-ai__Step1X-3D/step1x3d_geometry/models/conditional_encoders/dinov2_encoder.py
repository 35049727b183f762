stub: upstream file of 12073 bytes
