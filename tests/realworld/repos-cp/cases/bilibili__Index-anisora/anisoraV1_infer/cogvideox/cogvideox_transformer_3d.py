stub: upstream file of 32383 bytes
