stub: upstream file of 10068 bytes
