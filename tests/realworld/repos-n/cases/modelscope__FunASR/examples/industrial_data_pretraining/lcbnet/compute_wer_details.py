stub: upstream file of 28314 bytes
