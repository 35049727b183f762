stub: upstream file of 19194 bytes
