stub: upstream file of 4805 bytes
