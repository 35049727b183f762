stub: upstream file of 47248 bytes
