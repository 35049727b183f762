stub: upstream file of 41276 bytes
