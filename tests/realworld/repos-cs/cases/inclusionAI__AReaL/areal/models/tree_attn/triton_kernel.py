stub: upstream file of 31059 bytes
