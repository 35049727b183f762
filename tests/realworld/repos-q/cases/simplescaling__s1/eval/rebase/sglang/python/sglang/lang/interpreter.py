stub: upstream file of 29098 bytes
