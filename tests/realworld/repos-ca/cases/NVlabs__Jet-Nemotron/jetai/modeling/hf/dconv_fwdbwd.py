stub: upstream file of 15421 bytes
