stub: upstream file of 85278 bytes
