stub: upstream file of 27178 bytes
