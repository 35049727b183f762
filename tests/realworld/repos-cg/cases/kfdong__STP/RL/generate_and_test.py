stub: upstream file of 3770 bytes
