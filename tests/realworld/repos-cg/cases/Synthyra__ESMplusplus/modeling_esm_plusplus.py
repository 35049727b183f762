stub: upstream file of 41044 bytes
