stub: upstream file of 18316 bytes
