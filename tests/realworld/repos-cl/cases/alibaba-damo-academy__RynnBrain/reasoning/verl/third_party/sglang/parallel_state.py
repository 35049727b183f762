stub: upstream file of 14019 bytes
