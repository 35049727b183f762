stub: upstream file of 10640 bytes
