stub: upstream file of 39140 bytes
