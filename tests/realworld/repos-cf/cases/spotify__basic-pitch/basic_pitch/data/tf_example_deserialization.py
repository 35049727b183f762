stub: upstream file of 27159 bytes
