stub: upstream file of 9086 bytes
