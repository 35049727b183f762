stub: upstream file of 29140 bytes
