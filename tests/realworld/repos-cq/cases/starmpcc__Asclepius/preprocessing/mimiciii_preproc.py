stub: upstream file of 1031 bytes
