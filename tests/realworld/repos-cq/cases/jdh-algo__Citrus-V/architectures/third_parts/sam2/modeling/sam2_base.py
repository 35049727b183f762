stub: upstream file of 43955 bytes
