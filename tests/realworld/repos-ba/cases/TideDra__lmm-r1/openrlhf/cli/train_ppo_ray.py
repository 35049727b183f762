stub: upstream file of 23688 bytes
