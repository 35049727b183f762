stub: upstream file of 2974 bytes
