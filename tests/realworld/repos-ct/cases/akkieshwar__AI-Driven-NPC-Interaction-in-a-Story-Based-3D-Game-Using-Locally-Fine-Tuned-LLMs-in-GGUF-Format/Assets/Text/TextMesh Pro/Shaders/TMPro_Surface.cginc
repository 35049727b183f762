stub: upstream file of 3563 bytes
