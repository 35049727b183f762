stub: upstream file of 3548 bytes
