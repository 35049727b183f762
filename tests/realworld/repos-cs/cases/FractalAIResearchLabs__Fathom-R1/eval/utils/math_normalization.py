stub: upstream file of 3547 bytes
