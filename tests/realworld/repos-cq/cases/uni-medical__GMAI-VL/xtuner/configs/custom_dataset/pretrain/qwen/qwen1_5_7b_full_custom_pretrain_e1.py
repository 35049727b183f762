stub: upstream file of 6319 bytes
