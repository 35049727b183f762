stub: upstream file of 111816 bytes
