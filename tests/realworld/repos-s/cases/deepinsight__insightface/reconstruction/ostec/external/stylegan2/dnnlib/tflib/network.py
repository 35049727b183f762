stub: upstream file of 30457 bytes
