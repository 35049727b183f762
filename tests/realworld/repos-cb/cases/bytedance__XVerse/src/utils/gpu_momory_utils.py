stub: upstream file of 8846 bytes
