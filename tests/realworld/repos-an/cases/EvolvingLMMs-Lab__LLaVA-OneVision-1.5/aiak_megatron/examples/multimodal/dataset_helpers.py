stub: upstream file of 41341 bytes
