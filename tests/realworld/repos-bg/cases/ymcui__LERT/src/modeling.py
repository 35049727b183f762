stub: upstream file of 38401 bytes
