stub: upstream file of 16807 bytes
