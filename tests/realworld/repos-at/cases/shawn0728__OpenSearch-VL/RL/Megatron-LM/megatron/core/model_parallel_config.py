stub: upstream file of 16675 bytes
