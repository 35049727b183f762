stub: upstream file of 14492 bytes
