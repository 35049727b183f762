stub: upstream file of 2816 bytes
