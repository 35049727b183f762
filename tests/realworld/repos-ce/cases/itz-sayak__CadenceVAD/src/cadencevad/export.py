stub: upstream file of 7813 bytes
