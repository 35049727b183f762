stub: upstream file of 16756 bytes
