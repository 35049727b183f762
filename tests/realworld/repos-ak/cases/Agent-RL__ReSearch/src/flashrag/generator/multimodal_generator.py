stub: upstream file of 19312 bytes
