stub: upstream file of 30904 bytes
