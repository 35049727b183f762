stub: upstream file of 3540 bytes
