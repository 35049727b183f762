stub: upstream file of 4265 bytes
