stub: upstream file of 1634 bytes
