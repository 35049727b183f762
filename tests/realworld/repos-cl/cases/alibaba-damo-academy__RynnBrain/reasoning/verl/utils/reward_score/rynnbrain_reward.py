stub: upstream file of 23459 bytes
