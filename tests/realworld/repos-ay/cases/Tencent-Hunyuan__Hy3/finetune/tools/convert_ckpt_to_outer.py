stub: upstream file of 23540 bytes
