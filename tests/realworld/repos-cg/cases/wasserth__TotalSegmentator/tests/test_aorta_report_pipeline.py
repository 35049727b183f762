stub: upstream file of 3136 bytes
