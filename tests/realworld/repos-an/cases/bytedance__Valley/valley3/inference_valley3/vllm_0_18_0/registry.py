stub: upstream file of 52955 bytes
