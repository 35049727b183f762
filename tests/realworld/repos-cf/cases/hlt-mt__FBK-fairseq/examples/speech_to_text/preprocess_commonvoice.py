stub: upstream file of 7021 bytes
