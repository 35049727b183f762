stub: upstream file of 28434 bytes
