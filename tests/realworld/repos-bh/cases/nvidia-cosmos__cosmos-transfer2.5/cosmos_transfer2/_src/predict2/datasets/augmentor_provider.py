stub: upstream file of 23870 bytes
