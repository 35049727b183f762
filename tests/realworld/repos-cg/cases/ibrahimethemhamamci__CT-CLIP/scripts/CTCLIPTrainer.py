stub: upstream file of 11540 bytes
