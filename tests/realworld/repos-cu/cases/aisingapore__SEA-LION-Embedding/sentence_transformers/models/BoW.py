stub: upstream file of 3073 bytes
