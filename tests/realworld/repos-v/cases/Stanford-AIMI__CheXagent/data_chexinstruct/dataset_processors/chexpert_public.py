stub: upstream file of 39686 bytes
