stub: upstream file of 32807 bytes
