stub: upstream file of 6676 bytes
