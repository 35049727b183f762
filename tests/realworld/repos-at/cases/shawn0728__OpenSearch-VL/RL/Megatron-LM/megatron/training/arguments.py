stub: upstream file of 182904 bytes
