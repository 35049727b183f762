stub: upstream file of 14026 bytes
