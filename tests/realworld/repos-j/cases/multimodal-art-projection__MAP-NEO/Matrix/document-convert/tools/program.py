stub: upstream file of 27486 bytes
