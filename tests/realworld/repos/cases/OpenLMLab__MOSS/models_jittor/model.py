stub: upstream file of 14705 bytes
