stub: upstream file of 18206 bytes
