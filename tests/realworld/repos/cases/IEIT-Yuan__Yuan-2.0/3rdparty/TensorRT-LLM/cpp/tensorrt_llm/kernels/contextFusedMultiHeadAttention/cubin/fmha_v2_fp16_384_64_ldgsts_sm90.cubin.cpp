stub: upstream file of 1348116 bytes
