stub: upstream file of 13740 bytes
