stub: upstream file of 6284 bytes
