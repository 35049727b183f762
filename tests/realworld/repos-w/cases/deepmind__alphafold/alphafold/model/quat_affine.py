stub: upstream file of 17388 bytes
