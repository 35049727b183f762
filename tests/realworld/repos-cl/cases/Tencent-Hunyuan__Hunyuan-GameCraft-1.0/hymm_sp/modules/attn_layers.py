stub: upstream file of 17357 bytes
