stub: upstream file of 7565 bytes
