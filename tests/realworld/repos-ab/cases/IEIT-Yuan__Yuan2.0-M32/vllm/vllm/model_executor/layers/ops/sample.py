stub: upstream file of 17065 bytes
