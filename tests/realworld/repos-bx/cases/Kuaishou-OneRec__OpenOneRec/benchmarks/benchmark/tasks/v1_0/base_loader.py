stub: upstream file of 12563 bytes
