stub: upstream file of 7125 bytes
