stub: upstream file of 2248 bytes
