stub: upstream file of 20730 bytes
