stub: upstream file of 32276 bytes
