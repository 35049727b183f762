stub: upstream file of 9157 bytes
