stub: upstream file of 101816 bytes
