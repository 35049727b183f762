stub: upstream file of 7073 bytes
