stub: upstream file of 24424 bytes
