stub: upstream file of 19705 bytes
