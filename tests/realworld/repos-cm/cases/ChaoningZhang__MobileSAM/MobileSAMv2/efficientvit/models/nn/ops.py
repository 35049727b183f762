stub: upstream file of 16286 bytes
