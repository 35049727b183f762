stub: upstream file of 23640 bytes
