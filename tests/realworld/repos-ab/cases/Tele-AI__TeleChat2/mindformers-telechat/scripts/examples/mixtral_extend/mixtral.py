stub: upstream file of 28962 bytes
