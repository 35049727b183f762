stub: upstream file of 21073 bytes
