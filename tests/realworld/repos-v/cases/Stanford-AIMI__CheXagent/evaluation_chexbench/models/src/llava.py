stub: upstream file of 22030 bytes
