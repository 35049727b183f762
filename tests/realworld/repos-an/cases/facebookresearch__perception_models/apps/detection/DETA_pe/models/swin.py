stub: upstream file of 27956 bytes
