stub: upstream file of 10536 bytes
