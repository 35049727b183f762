stub: upstream file of 9117 bytes
