stub: upstream file of 28548 bytes
