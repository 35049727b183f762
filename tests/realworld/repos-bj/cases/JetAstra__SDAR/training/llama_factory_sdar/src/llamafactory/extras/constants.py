stub: upstream file of 126158 bytes
