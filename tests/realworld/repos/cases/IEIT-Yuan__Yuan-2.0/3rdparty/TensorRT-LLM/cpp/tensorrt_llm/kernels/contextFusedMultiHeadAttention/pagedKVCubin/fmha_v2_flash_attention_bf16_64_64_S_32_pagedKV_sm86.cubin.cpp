stub: upstream file of 377342 bytes
