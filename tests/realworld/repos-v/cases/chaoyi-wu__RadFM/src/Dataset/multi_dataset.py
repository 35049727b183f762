stub: upstream file of 24117 bytes
