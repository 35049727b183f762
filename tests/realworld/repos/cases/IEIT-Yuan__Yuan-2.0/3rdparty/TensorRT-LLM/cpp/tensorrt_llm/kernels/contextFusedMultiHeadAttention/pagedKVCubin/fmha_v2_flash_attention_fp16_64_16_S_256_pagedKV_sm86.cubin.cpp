stub: upstream file of 455488 bytes
