stub: upstream file of 35617 bytes
