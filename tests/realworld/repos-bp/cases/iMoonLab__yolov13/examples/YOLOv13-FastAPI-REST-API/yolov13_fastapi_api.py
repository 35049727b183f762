stub: upstream file of 9376 bytes
