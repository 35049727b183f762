stub: upstream file of 8086 bytes
