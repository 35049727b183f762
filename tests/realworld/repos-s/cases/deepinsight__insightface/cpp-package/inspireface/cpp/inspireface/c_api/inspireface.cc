stub: upstream file of 55114 bytes
