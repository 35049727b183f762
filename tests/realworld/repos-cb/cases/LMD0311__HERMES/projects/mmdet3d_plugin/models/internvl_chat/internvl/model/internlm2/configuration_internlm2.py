stub: upstream file of 7005 bytes
