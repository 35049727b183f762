stub: upstream file of 9100 bytes
