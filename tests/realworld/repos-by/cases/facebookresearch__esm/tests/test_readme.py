stub: upstream file of 7311 bytes
