stub: upstream file of 54144 bytes
