stub: upstream file of 10255 bytes
