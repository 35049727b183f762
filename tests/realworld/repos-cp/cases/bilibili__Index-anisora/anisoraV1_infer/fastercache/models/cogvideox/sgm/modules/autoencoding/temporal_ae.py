stub: upstream file of 11468 bytes
