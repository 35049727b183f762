stub: upstream file of 19193 bytes
