stub: upstream file of 8193 bytes
