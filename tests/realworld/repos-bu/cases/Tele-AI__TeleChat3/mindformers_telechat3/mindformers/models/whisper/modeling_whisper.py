stub: upstream file of 52823 bytes
