stub: upstream file of 100743 bytes
