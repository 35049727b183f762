stub: upstream file of 14680 bytes
