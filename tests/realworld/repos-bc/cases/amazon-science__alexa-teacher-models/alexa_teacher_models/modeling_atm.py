stub: upstream file of 84563 bytes
