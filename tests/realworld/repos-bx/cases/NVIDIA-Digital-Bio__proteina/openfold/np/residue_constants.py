stub: upstream file of 46355 bytes
