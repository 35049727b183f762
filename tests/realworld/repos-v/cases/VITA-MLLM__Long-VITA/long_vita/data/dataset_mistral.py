stub: upstream file of 24401 bytes
