stub: upstream file of 1167 bytes
