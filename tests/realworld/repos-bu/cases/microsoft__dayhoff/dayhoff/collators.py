stub: upstream file of 17563 bytes
