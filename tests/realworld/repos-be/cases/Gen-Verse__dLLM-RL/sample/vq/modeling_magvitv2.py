stub: upstream file of 15073 bytes
