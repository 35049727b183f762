stub: upstream file of 16256 bytes
