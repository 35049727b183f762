stub: upstream file of 460203 bytes
