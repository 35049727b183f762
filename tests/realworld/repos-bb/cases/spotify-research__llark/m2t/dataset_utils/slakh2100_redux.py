stub: upstream file of 35846 bytes
