stub: upstream file of 43977 bytes
