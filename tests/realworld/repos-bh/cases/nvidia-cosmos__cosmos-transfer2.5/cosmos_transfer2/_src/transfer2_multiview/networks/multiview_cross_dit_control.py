stub: upstream file of 24768 bytes
