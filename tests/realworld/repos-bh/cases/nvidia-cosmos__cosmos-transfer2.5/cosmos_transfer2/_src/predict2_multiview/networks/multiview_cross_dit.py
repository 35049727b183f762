stub: upstream file of 53729 bytes
