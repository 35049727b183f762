stub: upstream file of 110864 bytes
