stub: upstream file of 21803 bytes
