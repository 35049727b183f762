stub: upstream file of 8019 bytes
