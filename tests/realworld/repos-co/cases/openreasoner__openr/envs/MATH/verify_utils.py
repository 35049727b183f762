stub: upstream file of 14291 bytes
