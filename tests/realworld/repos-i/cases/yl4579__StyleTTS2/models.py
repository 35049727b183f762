stub: upstream file of 26116 bytes
