stub: upstream file of 32158 bytes
