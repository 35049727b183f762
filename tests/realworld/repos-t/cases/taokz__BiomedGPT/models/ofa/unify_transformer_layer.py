stub: upstream file of 25301 bytes
