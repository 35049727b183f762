stub: upstream file of 33008 bytes
