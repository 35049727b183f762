stub: upstream file of 4296 bytes
