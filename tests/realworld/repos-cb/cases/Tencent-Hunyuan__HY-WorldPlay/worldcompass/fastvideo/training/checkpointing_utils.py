stub: upstream file of 4167 bytes
