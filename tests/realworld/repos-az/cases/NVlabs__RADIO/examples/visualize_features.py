stub: upstream file of 30383 bytes
