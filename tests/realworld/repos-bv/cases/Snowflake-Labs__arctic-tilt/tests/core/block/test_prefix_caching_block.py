stub: upstream file of 42596 bytes
