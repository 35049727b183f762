stub: upstream file of 16526 bytes
