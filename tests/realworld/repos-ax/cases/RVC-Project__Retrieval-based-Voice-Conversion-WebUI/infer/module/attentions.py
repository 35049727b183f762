stub: upstream file of 15994 bytes
