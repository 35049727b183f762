stub: upstream file of 27719 bytes
