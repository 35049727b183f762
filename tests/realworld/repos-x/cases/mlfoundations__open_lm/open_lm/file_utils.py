stub: upstream file of 17998 bytes
