stub: upstream file of 16097 bytes
