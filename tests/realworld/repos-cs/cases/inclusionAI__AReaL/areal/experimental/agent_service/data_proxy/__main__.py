stub: upstream file of 1253 bytes
