stub: upstream file of 30004 bytes
