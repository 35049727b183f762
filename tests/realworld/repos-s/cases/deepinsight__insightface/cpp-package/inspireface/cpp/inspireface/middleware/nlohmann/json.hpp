stub: upstream file of 804116 bytes
