stub: upstream file of 31146 bytes
