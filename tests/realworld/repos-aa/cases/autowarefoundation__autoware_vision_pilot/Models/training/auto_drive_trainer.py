stub: upstream file of 22487 bytes
