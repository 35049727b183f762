stub: upstream file of 8388 bytes
