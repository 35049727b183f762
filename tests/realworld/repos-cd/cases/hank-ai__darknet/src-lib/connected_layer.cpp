stub: upstream file of 13089 bytes
