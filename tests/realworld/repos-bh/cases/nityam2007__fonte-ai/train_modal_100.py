stub: upstream file of 15121 bytes
