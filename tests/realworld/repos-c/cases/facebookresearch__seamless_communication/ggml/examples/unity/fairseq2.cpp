stub: upstream file of 71473 bytes
