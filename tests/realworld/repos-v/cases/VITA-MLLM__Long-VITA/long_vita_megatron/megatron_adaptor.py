stub: upstream file of 11021 bytes
