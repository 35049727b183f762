stub: upstream file of 14082 bytes
