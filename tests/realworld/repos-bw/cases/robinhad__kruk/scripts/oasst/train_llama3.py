stub: upstream file of 6188 bytes
