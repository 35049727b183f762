stub: upstream file of 11083 bytes
