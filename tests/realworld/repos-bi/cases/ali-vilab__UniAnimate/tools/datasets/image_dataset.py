stub: upstream file of 3152 bytes
