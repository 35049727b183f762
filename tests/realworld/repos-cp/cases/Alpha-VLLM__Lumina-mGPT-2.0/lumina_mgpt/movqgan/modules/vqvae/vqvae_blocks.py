stub: upstream file of 14588 bytes
