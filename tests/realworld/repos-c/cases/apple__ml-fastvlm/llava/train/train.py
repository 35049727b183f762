stub: upstream file of 44188 bytes
