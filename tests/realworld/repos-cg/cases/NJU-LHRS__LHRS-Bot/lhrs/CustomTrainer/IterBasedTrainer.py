stub: upstream file of 2614 bytes
