stub: upstream file of 12065 bytes
