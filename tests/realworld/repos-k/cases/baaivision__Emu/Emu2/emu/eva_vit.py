stub: upstream file of 16926 bytes
