stub: upstream file of 31254 bytes
