stub: upstream file of 12826 bytes
