stub: upstream file of 4117 bytes
