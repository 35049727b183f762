stub: upstream file of 27165 bytes
