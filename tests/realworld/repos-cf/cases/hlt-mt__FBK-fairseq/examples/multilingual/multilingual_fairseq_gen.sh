stub: upstream file of 816 bytes
