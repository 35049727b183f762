stub: upstream file of 11632 bytes
