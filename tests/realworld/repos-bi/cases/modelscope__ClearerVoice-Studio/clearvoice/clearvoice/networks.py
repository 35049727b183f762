stub: upstream file of 29040 bytes
