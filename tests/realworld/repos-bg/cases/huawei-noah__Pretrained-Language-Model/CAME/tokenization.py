stub: upstream file of 15145 bytes
