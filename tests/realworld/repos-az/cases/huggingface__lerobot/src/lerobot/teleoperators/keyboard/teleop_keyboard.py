stub: upstream file of 15157 bytes
