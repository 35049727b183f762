stub: upstream file of 19780 bytes
