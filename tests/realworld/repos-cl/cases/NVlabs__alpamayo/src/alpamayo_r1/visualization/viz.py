stub: upstream file of 10974 bytes
