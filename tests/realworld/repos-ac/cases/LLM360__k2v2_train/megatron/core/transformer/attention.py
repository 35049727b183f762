stub: upstream file of 28148 bytes
