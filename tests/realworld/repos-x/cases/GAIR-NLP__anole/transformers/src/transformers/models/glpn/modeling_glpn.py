stub: upstream file of 31431 bytes
