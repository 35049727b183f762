stub: upstream file of 48274 bytes
