stub: upstream file of 33568 bytes
