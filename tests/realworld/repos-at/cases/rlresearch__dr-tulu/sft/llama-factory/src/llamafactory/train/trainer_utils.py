stub: upstream file of 30760 bytes
