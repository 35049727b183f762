stub: upstream file of 77836 bytes
