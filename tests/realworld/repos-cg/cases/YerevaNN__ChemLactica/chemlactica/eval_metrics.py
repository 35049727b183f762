stub: upstream file of 4485 bytes
