stub: upstream file of 1186 bytes
