stub: upstream file of 27021 bytes
