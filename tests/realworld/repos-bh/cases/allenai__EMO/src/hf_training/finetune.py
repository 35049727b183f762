stub: upstream file of 16161 bytes
