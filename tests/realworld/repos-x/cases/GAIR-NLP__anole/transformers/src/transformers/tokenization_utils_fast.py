stub: upstream file of 38846 bytes
