stub: upstream file of 28230 bytes
