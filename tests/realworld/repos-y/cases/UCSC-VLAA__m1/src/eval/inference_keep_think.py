stub: upstream file of 18361 bytes
