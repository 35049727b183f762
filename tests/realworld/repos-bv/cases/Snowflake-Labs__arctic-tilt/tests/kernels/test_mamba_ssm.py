stub: upstream file of 28932 bytes
