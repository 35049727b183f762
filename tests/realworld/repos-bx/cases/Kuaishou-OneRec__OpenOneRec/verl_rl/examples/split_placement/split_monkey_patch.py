stub: upstream file of 10197 bytes
