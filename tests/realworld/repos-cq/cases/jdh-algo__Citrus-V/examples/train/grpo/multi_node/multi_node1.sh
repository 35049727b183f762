stub: upstream file of 1207 bytes
