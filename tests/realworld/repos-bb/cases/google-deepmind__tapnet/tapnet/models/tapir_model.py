stub: upstream file of 45816 bytes
