stub: upstream file of 51073 bytes
