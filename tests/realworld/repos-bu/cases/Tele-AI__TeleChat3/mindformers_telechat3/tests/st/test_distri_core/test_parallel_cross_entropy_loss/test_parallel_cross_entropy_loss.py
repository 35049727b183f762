stub: upstream file of 13779 bytes
