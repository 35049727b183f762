stub: upstream file of 67239 bytes
