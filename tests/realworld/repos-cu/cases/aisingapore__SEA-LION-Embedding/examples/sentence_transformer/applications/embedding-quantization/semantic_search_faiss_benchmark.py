stub: upstream file of 2119 bytes
