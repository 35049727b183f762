stub: upstream file of 54073 bytes
