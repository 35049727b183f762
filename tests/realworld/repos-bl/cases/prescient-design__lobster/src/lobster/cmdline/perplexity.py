stub: upstream file of 4028 bytes
