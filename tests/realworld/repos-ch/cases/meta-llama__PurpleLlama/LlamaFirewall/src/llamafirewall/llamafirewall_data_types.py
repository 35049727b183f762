stub: upstream file of 2185 bytes
