stub: upstream file of 65415 bytes
