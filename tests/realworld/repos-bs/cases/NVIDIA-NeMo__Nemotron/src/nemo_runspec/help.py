stub: upstream file of 13708 bytes
