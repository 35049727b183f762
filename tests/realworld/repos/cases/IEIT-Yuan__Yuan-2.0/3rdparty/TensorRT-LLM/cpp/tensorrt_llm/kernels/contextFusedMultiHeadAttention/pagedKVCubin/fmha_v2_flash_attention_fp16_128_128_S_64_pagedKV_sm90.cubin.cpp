stub: upstream file of 1076647 bytes
