stub: upstream file of 22159 bytes
