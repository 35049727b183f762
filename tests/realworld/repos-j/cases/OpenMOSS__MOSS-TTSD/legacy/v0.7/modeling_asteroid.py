stub: upstream file of 20926 bytes
