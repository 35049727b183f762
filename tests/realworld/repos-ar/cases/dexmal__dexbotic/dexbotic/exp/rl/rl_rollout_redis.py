stub: upstream file of 23026 bytes
