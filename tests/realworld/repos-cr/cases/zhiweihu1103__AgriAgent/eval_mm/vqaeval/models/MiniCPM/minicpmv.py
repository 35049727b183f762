stub: upstream file of 3034 bytes
