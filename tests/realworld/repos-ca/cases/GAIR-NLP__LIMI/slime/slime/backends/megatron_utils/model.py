stub: upstream file of 19231 bytes
