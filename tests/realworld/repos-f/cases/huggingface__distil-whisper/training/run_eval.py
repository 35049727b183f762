stub: upstream file of 38337 bytes
