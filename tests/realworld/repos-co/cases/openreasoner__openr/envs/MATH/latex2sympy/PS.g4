stub: upstream file of 16073 bytes
