stub: upstream file of 32332 bytes
