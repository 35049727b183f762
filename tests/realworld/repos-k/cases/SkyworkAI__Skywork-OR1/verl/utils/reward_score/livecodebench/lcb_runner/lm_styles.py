stub: upstream file of 20564 bytes
