stub: upstream file of 378140 bytes
