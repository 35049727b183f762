stub: upstream file of 12748 bytes
