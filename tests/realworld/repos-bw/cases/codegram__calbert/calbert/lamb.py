stub: upstream file of 5121 bytes
