stub: upstream file of 1072718 bytes
