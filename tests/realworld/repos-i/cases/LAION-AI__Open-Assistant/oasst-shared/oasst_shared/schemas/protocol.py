stub: upstream file of 16916 bytes
