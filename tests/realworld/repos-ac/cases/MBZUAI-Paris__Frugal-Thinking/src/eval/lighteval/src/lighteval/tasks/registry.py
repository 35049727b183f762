stub: upstream file of 21010 bytes
