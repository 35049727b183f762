stub: upstream file of 59601 bytes
