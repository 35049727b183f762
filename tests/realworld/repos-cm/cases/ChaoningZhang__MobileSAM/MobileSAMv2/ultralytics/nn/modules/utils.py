stub: upstream file of 3244 bytes
