stub: upstream file of 15175 bytes
