stub: upstream file of 30809 bytes
