stub: upstream file of 41119 bytes
