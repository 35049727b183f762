stub: upstream file of 2187 bytes
