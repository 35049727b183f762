stub: upstream file of 36681 bytes
