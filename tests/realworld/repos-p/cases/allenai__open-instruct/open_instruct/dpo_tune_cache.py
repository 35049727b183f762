stub: upstream file of 36166 bytes
