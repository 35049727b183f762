stub: upstream file of 7626 bytes
