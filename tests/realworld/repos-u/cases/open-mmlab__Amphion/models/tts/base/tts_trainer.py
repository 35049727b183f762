stub: upstream file of 28197 bytes
