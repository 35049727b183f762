stub: upstream file of 46290 bytes
