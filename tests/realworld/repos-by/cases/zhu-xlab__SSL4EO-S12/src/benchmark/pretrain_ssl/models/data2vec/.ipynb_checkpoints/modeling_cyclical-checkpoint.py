stub: upstream file of 10171 bytes
