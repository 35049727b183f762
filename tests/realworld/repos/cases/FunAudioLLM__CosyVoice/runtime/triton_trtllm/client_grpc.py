stub: upstream file of 36518 bytes
