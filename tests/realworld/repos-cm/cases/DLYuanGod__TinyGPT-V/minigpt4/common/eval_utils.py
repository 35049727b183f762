stub: upstream file of 3031 bytes
