stub: upstream file of 17676 bytes
