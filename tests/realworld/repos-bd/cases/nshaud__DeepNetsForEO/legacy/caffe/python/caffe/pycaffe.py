stub: upstream file of 11256 bytes
