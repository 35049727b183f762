stub: upstream file of 11965 bytes
