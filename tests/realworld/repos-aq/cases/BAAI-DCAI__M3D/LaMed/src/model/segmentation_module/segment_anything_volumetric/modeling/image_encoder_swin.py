stub: upstream file of 28210 bytes
