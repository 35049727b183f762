stub: upstream file of 19565 bytes
