stub: upstream file of 9955 bytes
