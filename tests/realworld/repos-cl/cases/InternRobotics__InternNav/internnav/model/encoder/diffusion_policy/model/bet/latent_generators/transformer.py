stub: upstream file of 4073 bytes
