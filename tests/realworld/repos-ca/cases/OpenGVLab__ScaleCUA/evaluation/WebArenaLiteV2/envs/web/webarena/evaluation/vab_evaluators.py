stub: upstream file of 25941 bytes
