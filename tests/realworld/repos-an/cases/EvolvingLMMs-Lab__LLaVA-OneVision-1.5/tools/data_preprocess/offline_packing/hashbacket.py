stub: upstream file of 100136 bytes
