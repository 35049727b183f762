stub: upstream file of 42071 bytes
