stub: upstream file of 30818 bytes
