stub: upstream file of 32757 bytes
