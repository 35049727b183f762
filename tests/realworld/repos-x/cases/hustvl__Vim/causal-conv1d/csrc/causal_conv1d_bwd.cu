stub: upstream file of 33965 bytes
