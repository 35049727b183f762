stub: upstream file of 18264 bytes
