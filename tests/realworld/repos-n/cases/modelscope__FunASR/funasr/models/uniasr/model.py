stub: upstream file of 44916 bytes
