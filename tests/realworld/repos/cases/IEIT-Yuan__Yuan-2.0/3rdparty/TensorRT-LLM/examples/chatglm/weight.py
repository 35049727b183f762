stub: upstream file of 40657 bytes
