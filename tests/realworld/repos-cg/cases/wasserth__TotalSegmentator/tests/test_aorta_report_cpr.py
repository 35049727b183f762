stub: upstream file of 4186 bytes
