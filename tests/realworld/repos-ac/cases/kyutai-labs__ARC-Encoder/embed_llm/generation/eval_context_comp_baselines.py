stub: upstream file of 29850 bytes
