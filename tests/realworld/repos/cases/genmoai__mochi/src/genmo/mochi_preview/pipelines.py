stub: upstream file of 25075 bytes
