stub: upstream file of 30634 bytes
