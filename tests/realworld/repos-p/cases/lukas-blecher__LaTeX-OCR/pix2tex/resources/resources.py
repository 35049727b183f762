stub: upstream file of 440083 bytes
