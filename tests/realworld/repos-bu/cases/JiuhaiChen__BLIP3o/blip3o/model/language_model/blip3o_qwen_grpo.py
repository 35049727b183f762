stub: upstream file of 9816 bytes
