stub: upstream file of 22021 bytes
