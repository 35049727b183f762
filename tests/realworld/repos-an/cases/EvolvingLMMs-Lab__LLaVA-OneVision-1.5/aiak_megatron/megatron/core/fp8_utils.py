stub: upstream file of 22033 bytes
