stub: upstream file of 47974 bytes
