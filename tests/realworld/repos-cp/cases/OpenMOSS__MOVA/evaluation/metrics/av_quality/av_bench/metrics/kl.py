stub: upstream file of 1421 bytes
