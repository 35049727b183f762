stub: upstream file of 22144 bytes
