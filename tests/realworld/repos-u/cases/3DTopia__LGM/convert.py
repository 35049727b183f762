stub: upstream file of 17555 bytes
