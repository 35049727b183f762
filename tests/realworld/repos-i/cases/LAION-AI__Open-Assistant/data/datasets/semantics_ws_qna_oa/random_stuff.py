stub: upstream file of 22665 bytes
