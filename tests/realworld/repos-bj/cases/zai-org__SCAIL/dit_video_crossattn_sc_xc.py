stub: upstream file of 60787 bytes
