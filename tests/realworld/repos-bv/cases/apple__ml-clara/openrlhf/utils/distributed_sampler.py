stub: upstream file of 6587 bytes
