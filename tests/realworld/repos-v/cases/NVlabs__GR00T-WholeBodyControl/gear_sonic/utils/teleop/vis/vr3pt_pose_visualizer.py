stub: upstream file of 76939 bytes
