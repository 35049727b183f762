stub: upstream file of 43028 bytes
