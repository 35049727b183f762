stub: upstream file of 3633 bytes
