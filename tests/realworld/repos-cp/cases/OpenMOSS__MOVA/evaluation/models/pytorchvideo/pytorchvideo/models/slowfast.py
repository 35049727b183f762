stub: upstream file of 30723 bytes
