stub: upstream file of 28128 bytes
