stub: upstream file of 21816 bytes
