stub: upstream file of 16136 bytes
