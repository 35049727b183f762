stub: upstream file of 34198 bytes
