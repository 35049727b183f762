stub: upstream file of 7816 bytes
