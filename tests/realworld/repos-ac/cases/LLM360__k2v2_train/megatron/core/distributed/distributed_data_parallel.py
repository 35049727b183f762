stub: upstream file of 23872 bytes
