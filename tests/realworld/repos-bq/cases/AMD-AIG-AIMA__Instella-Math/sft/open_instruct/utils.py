stub: upstream file of 36004 bytes
