stub: upstream file of 19255 bytes
