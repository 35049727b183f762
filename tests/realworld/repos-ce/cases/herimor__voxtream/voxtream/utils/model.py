stub: upstream file of 9093 bytes
