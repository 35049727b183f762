stub: upstream file of 6511 bytes
