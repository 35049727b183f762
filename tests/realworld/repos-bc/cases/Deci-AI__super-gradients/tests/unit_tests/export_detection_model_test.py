stub: upstream file of 40570 bytes
