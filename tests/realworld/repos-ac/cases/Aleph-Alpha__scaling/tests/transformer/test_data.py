stub: upstream file of 6881 bytes
