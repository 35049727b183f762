stub: upstream file of 15019 bytes
