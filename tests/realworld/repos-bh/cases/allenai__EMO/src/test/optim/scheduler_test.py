stub: upstream file of 16590 bytes
