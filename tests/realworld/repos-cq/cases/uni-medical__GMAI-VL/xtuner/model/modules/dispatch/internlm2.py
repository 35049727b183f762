stub: upstream file of 11434 bytes
