stub: upstream file of 20912 bytes
