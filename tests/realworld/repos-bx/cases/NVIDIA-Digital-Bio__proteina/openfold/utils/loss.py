stub: upstream file of 55033 bytes
