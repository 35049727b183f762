stub: upstream file of 23074 bytes
