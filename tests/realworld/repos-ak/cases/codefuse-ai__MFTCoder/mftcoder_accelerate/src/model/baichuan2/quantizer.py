stub: upstream file of 9185 bytes
