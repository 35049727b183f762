stub: upstream file of 17904 bytes
