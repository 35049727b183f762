stub: upstream file of 18006 bytes
