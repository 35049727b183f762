stub: upstream file of 22954 bytes
