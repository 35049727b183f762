stub: upstream file of 30022 bytes
