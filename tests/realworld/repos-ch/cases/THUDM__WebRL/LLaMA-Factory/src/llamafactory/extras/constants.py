stub: upstream file of 55188 bytes
