stub: upstream file of 6843 bytes
