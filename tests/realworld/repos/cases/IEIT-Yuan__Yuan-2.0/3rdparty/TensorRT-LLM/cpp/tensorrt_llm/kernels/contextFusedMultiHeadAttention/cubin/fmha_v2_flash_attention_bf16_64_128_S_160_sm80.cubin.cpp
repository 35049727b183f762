stub: upstream file of 959054 bytes
