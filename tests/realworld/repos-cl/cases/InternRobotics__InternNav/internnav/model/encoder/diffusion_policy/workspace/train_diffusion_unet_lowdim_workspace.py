stub: upstream file of 12401 bytes
