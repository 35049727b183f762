stub: upstream file of 19998 bytes
