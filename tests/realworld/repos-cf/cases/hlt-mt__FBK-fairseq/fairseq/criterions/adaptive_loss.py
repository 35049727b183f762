stub: upstream file of 4535 bytes
