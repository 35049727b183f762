stub: upstream file of 36949 bytes
