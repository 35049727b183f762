stub: upstream file of 9266 bytes
