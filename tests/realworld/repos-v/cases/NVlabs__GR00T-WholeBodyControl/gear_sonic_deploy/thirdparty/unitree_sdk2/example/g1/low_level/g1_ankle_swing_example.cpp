stub: upstream file of 12690 bytes
