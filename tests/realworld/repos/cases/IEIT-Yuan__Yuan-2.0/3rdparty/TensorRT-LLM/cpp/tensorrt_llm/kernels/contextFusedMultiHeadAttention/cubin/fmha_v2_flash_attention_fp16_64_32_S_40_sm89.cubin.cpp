stub: upstream file of 310217 bytes
