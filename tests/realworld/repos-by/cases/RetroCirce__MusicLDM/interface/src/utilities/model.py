stub: upstream file of 2158 bytes
