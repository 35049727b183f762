stub: upstream file of 4440 bytes
