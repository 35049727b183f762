stub: upstream file of 42688 bytes
