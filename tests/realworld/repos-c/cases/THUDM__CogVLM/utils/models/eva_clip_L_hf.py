stub: upstream file of 32168 bytes
