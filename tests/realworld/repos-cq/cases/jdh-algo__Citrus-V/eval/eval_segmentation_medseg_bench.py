stub: upstream file of 16117 bytes
