stub: upstream file of 23065 bytes
