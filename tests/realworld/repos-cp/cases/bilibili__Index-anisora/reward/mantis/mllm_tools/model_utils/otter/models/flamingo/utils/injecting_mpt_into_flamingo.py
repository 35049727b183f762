stub: upstream file of 4194 bytes
