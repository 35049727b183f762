stub: upstream file of 6755 bytes
