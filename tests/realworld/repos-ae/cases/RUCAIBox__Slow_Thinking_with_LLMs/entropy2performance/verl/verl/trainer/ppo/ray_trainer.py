stub: upstream file of 78634 bytes
