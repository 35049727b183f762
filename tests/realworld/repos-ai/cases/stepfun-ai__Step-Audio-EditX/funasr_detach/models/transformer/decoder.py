stub: upstream file of 24368 bytes
