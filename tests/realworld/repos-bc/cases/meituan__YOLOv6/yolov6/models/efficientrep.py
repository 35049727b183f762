stub: upstream file of 16771 bytes
