stub: upstream file of 55564 bytes
