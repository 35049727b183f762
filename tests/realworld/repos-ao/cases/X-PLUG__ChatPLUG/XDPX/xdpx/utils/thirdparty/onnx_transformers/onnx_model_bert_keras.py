stub: upstream file of 19020 bytes
