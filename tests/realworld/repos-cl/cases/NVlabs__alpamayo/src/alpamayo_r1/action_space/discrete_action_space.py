stub: upstream file of 4223 bytes
