stub: upstream file of 4027 bytes
