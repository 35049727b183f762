stub: upstream file of 38013 bytes
