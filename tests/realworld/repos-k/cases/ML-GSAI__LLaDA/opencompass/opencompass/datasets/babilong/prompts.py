stub: upstream file of 26147 bytes
