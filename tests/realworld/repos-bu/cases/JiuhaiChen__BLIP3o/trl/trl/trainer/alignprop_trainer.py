stub: upstream file of 19023 bytes
