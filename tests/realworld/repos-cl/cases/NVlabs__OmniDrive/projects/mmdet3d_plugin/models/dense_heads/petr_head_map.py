stub: upstream file of 36478 bytes
