stub: upstream file of 16036 bytes
