stub: upstream file of 12147 bytes
