stub: upstream file of 10753 bytes
